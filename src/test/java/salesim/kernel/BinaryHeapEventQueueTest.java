package salesim.kernel;

final class BinaryHeapEventQueueTest implements EventQueueContract {

  @Override
  public EventQueue newQueue() {
    return new BinaryHeapEventQueue();
  }
}
