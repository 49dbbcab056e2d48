package salesim.kernel;

final class QuaternaryHeapEventQueueTest implements EventQueueContract {

  @Override
  public EventQueue newQueue() {
    return new QuaternaryHeapEventQueue();
  }
}
